// On a class tablet only the trainer may write modules. Unlocking the trainer settings lets the
// trainer go on to the module editor without typing the PIN again; closing them ends that.
let unlocked = false;

export const isTrainerUnlocked = (): boolean => unlocked;

export function setTrainerUnlocked(on: boolean): void {
  unlocked = on;
}
