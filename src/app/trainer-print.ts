// Printing without a profile: opened from the unlocked trainer settings only, for as long as the
// trainer stays on the print screen (it is not remembered: a reload asks for the PIN again).
let open = false;

export function openTrainerPrint(): void {
  open = true;
}

export function closeTrainerPrint(): void {
  open = false;
}

export function isTrainerPrintOpen(): boolean {
  return open;
}
