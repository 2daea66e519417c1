import type { CommandSpec } from '../cli/command.js';
import { about } from './about.js';
import { regions } from './regions.js';
import { resource } from './resource.js';
import { resources } from './resources.js';
import { search } from './search.js';
import { section } from './section.js';
import { sections } from './sections.js';
import { types } from './types.js';

/** Every subcommand, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [resources, resource, sections, section, search, regions, types, about];
