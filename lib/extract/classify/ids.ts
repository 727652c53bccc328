/** Evidence sources of derived values, for provenance next to the extractor ids. */
export const CLASSIFIER_IDS = ['industry-group', 'title-class'] as const;
