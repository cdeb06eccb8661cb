// The course a trainer sets up for a class tablet: stored device-wide (table `device`, key
// 'course'), never personal data of participants. The file format around it is src/course/.

export interface CoursePerson {
  /** First name only. */
  name: string;
  /** How participants reach this person: a phone number or an e-mail address. */
  contact: string;
}

/** A local helpline or contact, shown in "Hulp nodig?" beside the national numbers, and printed. */
export interface Helpline {
  name: string;
  phone: string;
  /** When or what for, e.g. "ma–vr 9–17 uur". */
  note: string;
}

export interface CourseSession {
  /** yyyy-mm-dd, or '' when not fixed yet. */
  date: string;
  /** Module ids done in this session, in course order. */
  modules: string[];
}

export interface Course {
  name: string;
  organisation: string;
  trainer: CoursePerson;
  peer: CoursePerson;
  /** The course plan grouped per session; the modules of all sessions in order are the course plan. */
  sessions: CourseSession[];
  helplines: Helpline[];
  /** A small PNG or JPEG as a data: URL, re-encoded on the device; null: no logo. */
  logo: string | null;
}

export const EMPTY_COURSE: Course = {
  name: '',
  organisation: '',
  trainer: { name: '', contact: '' },
  peer: { name: '', contact: '' },
  sessions: [],
  helplines: [],
  logo: null,
};
