// What the runner (run.ts) hands to the step files, and what a step is: one place for the shapes every
// steps-*.ts shares; each file takes the part it uses (Pick<StepContext, …>).
import type { Page, Workbench } from './workbench';

export interface Step {
  name: string;
  /** Resolves to what the step saw (printed by the runner); throws when the step fails. */
  run: () => Promise<string>;
}

export interface StepContext {
  page: Page;
  wb: Workbench;
  /** The repository root (fixtures are read from test/fixtures). */
  root: string;
  /** The workspace folder code-server opened. */
  workspace: string;
  /** Where screenshots go. */
  artifacts: string;
  /** User settings.json of the code-server under test. */
  userSettings: string;
  /** Where README pictures are written (LAWCITE_E2E_DOCS=1), else null. */
  docsDir: string | null;
  /** Line and column (1-based) of the first `text` in `draft` after `after`. */
  locate: (draft: string, text: string, after?: string) => { line: number; column: number };
}
