import { useT } from '../../app/context.ts';
import type { Block } from '../../content/types.ts';
import { TextBlockView, TextBlocks } from '../../ui/RichText.tsx';
import { Contacts } from './exercises/Contacts.tsx';
import { PickList } from './exercises/PickList.tsx';
import { Reflection } from './exercises/Reflection.tsx';
import { Scale } from './exercises/Scale.tsx';
import { Scenario } from './exercises/Scenario.tsx';
import { Tip } from './exercises/Tip.tsx';

interface Props {
  moduleId: string;
  blocks: readonly Block[];
}

/** The blocks of one page as a client reads them. Trainer notes are not shown here. */
export function Blocks({ moduleId, blocks }: Props) {
  const t = useT();
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.t) {
          case 'reflection':
            return <Reflection key={block.id} moduleId={moduleId} exercise={block} />;
          case 'checklist':
          case 'choose':
            return <PickList key={block.id} moduleId={moduleId} exercise={block} />;
          case 'scale':
            return <Scale key={block.id} moduleId={moduleId} exercise={block} />;
          case 'scenario':
            return <Scenario key={block.id} moduleId={moduleId} exercise={block} />;
          case 'contacts':
            return <Contacts key={block.id} moduleId={moduleId} exercise={block} />;
          case 'tip':
            return <Tip key={block.id} moduleId={moduleId} tip={block} />;
          case 'story':
            return (
              <figure key={index} class="story">
                <figcaption>{block.name ? t('aside.storyBy', { name: block.name }) : t('aside.story')}</figcaption>
                <blockquote>
                  <TextBlocks blocks={block.c} />
                </blockquote>
              </figure>
            );
          case 'remember':
          case 'note':
            return (
              <div key={index} class={block.t}>
                <p class="aside-title">{t(`aside.${block.t}`)}</p>
                <TextBlocks blocks={block.c} />
              </div>
            );
          case 'trainer':
            return null;
          case 'try':
            return (
              <p key={index} class="try-it">
                <a class="button secondary" href={`/oefenen/taak/${block.task}`}>
                  {t('practice.tryIt')}
                </a>
                <span class="hint">{t('practice.tryItHint')}</span>
              </p>
            );
          case 'definition':
            return (
              <div key={block.id} class="definition">
                <p class="definition-name">{block.name}</p>
                <TextBlocks blocks={block.c} />
              </div>
            );
          default:
            return <TextBlockView key={index} block={block} />;
        }
      })}
    </>
  );
}
