/**
 * A slot's drawing as the live layer takes it: a `draw` it calls only when the slot is on (or near) the screen,
 * and a `key` naming everything the drawing depends on but the width. A slot whose key and width are those of
 * its last drawing is left as it is: the same nodes, untouched.
 */
export interface LiveSlot {
  /** Equal keys, equal drawings (the live layer adds the width); no key: redrawn on every change. */
  key?: string;
  draw: () => Node;
}

/** Every slot drawn now: what a page loader puts in the HTML. @example drawSlots(exploreSlots(ctx)).table */
export function drawSlots<K extends string>(slots: Record<K, LiveSlot>): Record<K, Node> {
  return Object.fromEntries(Object.entries<LiveSlot>(slots).map(([name, slot]) => [name, slot.draw()])) as Record<K, Node>;
}

/** A slot with a key when there is one (live), without when there is none (build time: every slot is drawn). */
export function liveSlot(key: string | undefined, draw: () => Node): LiveSlot {
  return key === undefined ? {draw} : {key, draw};
}

/**
 * The key of a view drawn from the patients in view: which patients (the live crossfilter's key) and whatever
 * else the view shows (the filters' wording in a figure's subset line, a page's own controls). Undefined at build
 * time, where there is no crossfilter and every slot is drawn.
 * @example liveSlot(inViewKey(ctx.crossfilter, describeFilters(ctx.filters)), () => chart())
 */
export function inViewKey(cf: {key(): string} | undefined, ...parts: readonly string[]): string | undefined {
  return cf ? [cf.key(), ...parts].join("|") : undefined;
}
