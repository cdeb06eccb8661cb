// How much the app accepts, in one place: the text boxes (maxlength), the checks when a saved
// file is opened, and the largest file. Whatever the app accepts and calls saved, its own
// export must carry and its import must open, so these numbers are used on both sides.

/** One written answer (a reflection). About 30 pages of text. */
export const MAX_ANSWER_CHARS = 100_000;
/** "Who can I call": rows and the fields of one row. */
export const MAX_CONTACT_ROWS = 50;
export const MAX_CONTACT_NAME_CHARS = 200;
export const MAX_CONTACT_PHONE_CHARS = 100;
export const MAX_CONTACT_NOTE_CHARS = 500;
/** Texts that come from a module (a question, a label, a tip in the top 3): generous, as trainers write modules. */
export const MAX_CONTENT_TEXT_CHARS = 10_000;
/** Answers in one file: far more than every exercise of every module. */
export const MAX_ANSWERS = 5000;
/** Exercises that keep an answer in the built-in workbook, with room for modules made on the device. */
export const EXPECTED_MAX_EXERCISES = 400;
/**
 * The largest file "Open a saved file" reads. It must hold a workbook where every exercise has the
 * longest answer: each character takes at most 3 bytes in the file (4 for an emoji, which counts as
 * 2 characters), and a password adds a third (base64). Only files that start like ours are read whole.
 */
export const MAX_IMPORT_BYTES = Math.ceil(EXPECTED_MAX_EXERCISES * MAX_ANSWER_CHARS * 3 * (4 / 3) * 1.05);
