// Exercises on paper, one file per kind (as screens/module/exercises/ on screen).
import type { Exercise } from '../../../content/types.ts';
import { answerKeyOf } from '../paper.tsx';
import type { BookletInput, Piece } from '../types.ts';
import { ContactsPrint } from './Contacts.tsx';
import { PickListPrint } from './PickList.tsx';
import { reflectionPieces } from './Reflection.tsx';
import { ScalePrint } from './Scale.tsx';
import { ScenarioPrint } from './Scenario.tsx';

export function exercisePieces(exercise: Exercise, moduleId: string, input: BookletInput): Piece[] {
  const stored = input.edition === 'mine' ? input.answers.get(answerKeyOf(moduleId, exercise.id)) : undefined;
  switch (exercise.t) {
    case 'reflection':
      return reflectionPieces(exercise, stored, input);
    case 'checklist':
    case 'choose':
      return [{ keep: false, gap: 'block', render: () => <PickListPrint exercise={exercise} stored={stored} input={input} /> }];
    case 'scale':
      return [{ keep: false, gap: 'block', render: () => <ScalePrint exercise={exercise} stored={stored} input={input} /> }];
    case 'scenario':
      return [{ keep: false, gap: 'block', render: () => <ScenarioPrint exercise={exercise} stored={stored} input={input} /> }];
    case 'contacts':
      return [{ keep: false, gap: 'block', render: () => <ContactsPrint exercise={exercise} stored={stored} input={input} /> }];
  }
}
