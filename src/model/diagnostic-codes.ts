/** The stable codes of every report the language makes (spec: "What the tools must report"). */
export const DiagnosticCode = {
    UnresolvedReference: 'unresolved-reference',
    DuplicateName: 'duplicate-name',
    EmotionRange: 'emotion-range',
    PercentRange: 'percent-range',
    InvalidDate: 'invalid-date',
    StateConflict: 'state-conflict',
    ImprovesTarget: 'improves-target',
    EmptyJourney: 'empty-journey',
    EmptyStage: 'empty-stage',
    MissingChannel: 'missing-channel',
    StaleReview: 'stale-review',
    UnaddressedPain: 'unaddressed-pain',
    MissingEvidence: 'missing-evidence',
    MissingEmotion: 'missing-emotion',
    UnusedPersona: 'unused-persona',
    ForeignPersona: 'foreign-persona',
    // Version 2
    InvalidTime: 'invalid-time',
    InvalidLink: 'invalid-link',
    UnownedAction: 'unowned-action',
    UndatedAction: 'undated-action',
    OverdueAction: 'overdue-action',
    /** Not in the spec's table: `review every N months` whose N is not a whole number of months, 1 or more. */
    InvalidReviewInterval: 'invalid-review-interval',
    /** Not in the spec's table: a line the spec allows "at most once" written twice. */
    DuplicateProperty: 'duplicate-property',
    /** Not in the spec's table: a metric whose number is too large to use (Infinity to JavaScript). */
    MetricRange: 'metric-range',
    /** Not in the spec's table: checking a document did not finish, so reports may be missing. */
    ValidationStopped: 'validation-stopped',
    /** Langium's own codes for text that does not follow the grammar. */
    SyntaxError: 'syntax-error',
} as const;

export type DiagnosticCode = typeof DiagnosticCode[keyof typeof DiagnosticCode];
