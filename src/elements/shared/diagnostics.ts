/** One console error in the documented form: `privacy-elements: <element>: <what is wrong>`. */
export function reportError(element: string, problem: string): void {
  console.error(`privacy-elements: ${element}: ${problem}`);
}
