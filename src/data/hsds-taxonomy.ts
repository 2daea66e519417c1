/** The taxonomy name under which lms resource types travel in HSDS attributes. */
export const TYPE_TAXONOMY = 'lms-resource-types';
