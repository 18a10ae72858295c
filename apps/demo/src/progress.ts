import { dim } from "./print.ts";

const WIDTH = 28;

/** A one-line progress bar on a terminal; one plain line per update elsewhere (CI logs). */
export function progressBar(total: number): { update(done: number): void; finish(): void } {
  const tty = globalThis.process?.stdout?.isTTY === true;
  const draw = (done: number) => {
    const filled = total > 0 ? Math.round((done / total) * WIDTH) : WIDTH;
    const bar = `${"█".repeat(filled)}${dim("░".repeat(WIDTH - filled))}`;
    return `   ${bar} ${done}/${total}`;
  };
  return {
    update(done) {
      if (tty) globalThis.process.stdout.write(`\r${draw(done)}`);
      else console.log(draw(done));
    },
    finish() {
      if (tty) globalThis.process.stdout.write("\n");
    },
  };
}
