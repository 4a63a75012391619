import { prepareLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { TokenType } from 'chevrotain';

/**
 * Langium's parser, with one change to its error recovery: it never pretends a missing `}` was
 * there. When a line does not belong in a block (`action "…"` in a stage), Chevrotain would
 * otherwise close the block early (the line may follow the block), and every line after it
 * would then be out of place too: one mistake, many reports. Without that insertion it skips
 * the misplaced line and goes on with the block; a block that really lacks its `}` (a new
 * `stage` inside a stage) still ends there, by re-synchronising on the next block's keyword.
 */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = prepareLangiumParser(services);
    // The Chevrotain parser is private to Langium's parser; this hook is Chevrotain's documented
    // way to decide which tokens recovery may insert.
    const chevrotain = (parser as unknown as { wrapper: { canTokenTypeBeInsertedInRecovery(type: TokenType): boolean } }).wrapper;
    chevrotain.canTokenTypeBeInsertedInRecovery = type => type.name !== '}';
    parser.finalize();
    return parser;
}
