// The one AudioContext that the offline engine plays through (offline-engine.ts). A browser lets
// sound start only from a person's own action, so it is made while handling the click that starts
// reading, before the engine (which answers only after loading) has anything to play.
let context: AudioContext | undefined;

export function wakeAudio(): AudioContext {
  context ??= new AudioContext();
  void context.resume().catch(() => {});
  return context;
}
