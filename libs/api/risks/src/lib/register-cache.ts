/**
 * Answers to register list queries, kept per event until the next write to that event's risks.
 * The API is one process on one SQLite file, so a write here is every write there is.
 */
export class RegisterCache<T> {
  private readonly generations = new Map<string, number>();
  private readonly answers = new Map<string, T>();

  constructor(private readonly capacity = 500) {}

  invalidate(eventId: string): void {
    this.generations.set(eventId, (this.generations.get(eventId) ?? 0) + 1);
  }

  get(eventId: string, query: unknown, compute: () => T): T {
    const key = `${eventId}|${this.generations.get(eventId) ?? 0}|${JSON.stringify(query)}`;
    const hit = this.answers.get(key);
    if (hit !== undefined) return hit;
    const answer = compute();
    if (this.answers.size >= this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, answer);
    return answer;
  }
}
