// What the exchanges stage reads from one unit (or one document), kept on the unit (the document)
// itself under a symbol: one property load per look-up instead of a WeakMap per kind of result
// (WeakMap keys cost a hash insert each, and weak entries make every garbage collection slower).
// A unit lives as long as its document, and so does what is read from it.
import type { Doc } from '../document/document.js';
import type { Unit } from '../counts/units.js';
import type { Actor, UnitActors } from './actors.js';
import type { Cast, Role } from './parties.js';
import type { Trigger, UnitTriggers } from './triggers.js';

export interface UnitCache {
  triggers: UnitTriggers | null;
  actors: UnitActors | null;
  mediators: { party: string; at: number }[] | null;
  /** each active trigger with the passing words folded into it */
  parts: Map<Trigger, Trigger[]> | null;
  /** the actors each trigger gives a role */
  roles: Map<Trigger, Map<Actor, Role>> | null;
}

const KEY = Symbol('exchanges');

/** The unit's record (made on first use, every field present so that all records share one shape). */
export function unitCache(u: Unit): UnitCache {
  const holder = u as Unit & { [KEY]?: UnitCache };
  return (holder[KEY] ??= { triggers: null, actors: null, mediators: null, parts: null, roles: null });
}

export interface DocCache {
  /** hasExchangeEvidence's answer */
  evidence: boolean | null;
  /** some sentence names captives or inmates */
  captives: boolean | null;
  /** what the story tells about its actors */
  cast: Cast | null;
}

/** The document's record (made on first use). */
export function docCache(doc: Doc): DocCache {
  const holder = doc as Doc & { [KEY]?: DocCache };
  return (holder[KEY] ??= { evidence: null, captives: null, cast: null });
}
