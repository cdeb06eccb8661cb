// Answer boxes grow with what is written, so a long answer is read whole. Browsers that know
// `field-sizing: content` (Chrome and Android) do it in CSS; the others get this small listener.
export function growTextareas(doc: Document = document): void {
  if (typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content')) return;
  const grow = (event: Event) => {
    const box = event.target;
    if (!(box instanceof HTMLTextAreaElement)) return;
    box.style.height = 'auto';
    box.style.height = `${box.scrollHeight + 4}px`;
  };
  doc.addEventListener('input', grow);
  doc.addEventListener('focusin', grow);
}
