import type { CommandSpec } from '../cli/command.js';
import { about } from './about.js';
import { checkLinksCommand } from './check-links.js';
import { exportCommand } from './export.js';
import { regions } from './regions.js';
import { resource } from './resource.js';
import { resources } from './resources.js';
import { search } from './search.js';
import { stale } from './stale.js';
import { section } from './section.js';
import { sections } from './sections.js';
import { types } from './types.js';
import { validate } from './validate.js';

/** Every subcommand, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [resources, resource, sections, section, search, regions, types, stale, validate, exportCommand, checkLinksCommand, about];
