// The command registry: adding a command is one file in this folder plus one line here.
import type { Command } from '../command';
import { checkCommand } from './check';
import { citesCommand } from './cites';
import { compareCommand } from './compare';
import { indexCommand } from './indexCommand';
import { renumberCommand } from './renumber';
import { showCommand } from './show';

export const commands: readonly Command[] = [checkCommand, citesCommand, compareCommand, indexCommand, renumberCommand, showCommand];
