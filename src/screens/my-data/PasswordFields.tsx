import { useT } from '../../app/context.ts';

export const isValidPassword = (password: string) => password.length >= 6;

export function PasswordFields({
  password,
  again,
  onPassword,
  onAgain,
}: {
  password: string;
  again?: string;
  onPassword: (v: string) => void;
  onAgain?: (v: string) => void;
}) {
  const t = useT();
  return (
    <>
      <div class="field">
        <label for="file-password">{t('myData.password')}</label>
        <input id="file-password" type="password" autocomplete="off" value={password} onInput={(e) => onPassword(e.currentTarget.value)} />
      </div>
      {onAgain && (
        <div class="field">
          <label for="file-password-again">{t('myData.passwordAgain')}</label>
          <input
            id="file-password-again"
            type="password"
            autocomplete="off"
            value={again}
            onInput={(e) => onAgain(e.currentTarget.value)}
          />
        </div>
      )}
    </>
  );
}
