import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, diagnosticData, interruptAndCheck, isOperationCancelled,
    type LangiumDocument, type ParseResult, type ValidationAcceptor, type ValidationOptions,
} from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../model/diagnostic-codes.js';
import type { JourneyMapsServices } from './journey-module.js';
import type { SyntaxErrorDescriber } from './syntax/describe-syntax-error.js';
import type { Kind } from './i18n/kinds.js';
import type { Localization } from './i18n/localization.js';

const kindOfReference: Record<string, Kind> = {
    Persona: 'persona',
    Channel: 'channel',
    Journey: 'journey',
    Pain: 'pain',
};

/** Gives Langium's built-in reports the spec's codes and messages a map writer understands. */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly syntaxErrors: SyntaxErrorDescriber;
    private readonly localization: Localization;
    /** The document of each parse result being validated (Langium passes only the parse result on). */
    private readonly documents = new WeakMap<ParseResult, LangiumDocument>();

    constructor(services: JourneyMapsServices) {
        super(services);
        this.syntaxErrors = services.journey.SyntaxErrors;
        this.localization = services.journey.Localization;
    }

    private documentOf(parseResult: ParseResult): LangiumDocument | undefined {
        return this.documents.get(parseResult);
    }

    /**
     * Langium's, with two differences. Its `diagnostics.push(...reports)` passes every report as an
     * argument, which overflows the stack from about 125,000 reports (45,000 touchpoints without
     * channel and emotion): the reports are collected in place here. And where Langium logs a check
     * run that stopped and returns the built-in reports alone (a map that looks clean), the reports
     * found so far are kept and an error on line 1 says that checking stopped early.
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const parseResult = document.parseResult;
        const diagnostics: Diagnostic[] = [];
        this.documents.set(parseResult, document);
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            this.processLexingErrors(parseResult, diagnostics, options);
            if (options.stopAfterLexingErrors && hasData(diagnostics, DocumentValidator.LexingError)) return diagnostics;
            this.processParsingErrors(parseResult, diagnostics, options);
            if (options.stopAfterParsingErrors && hasData(diagnostics, DocumentValidator.ParsingError)) return diagnostics;
            this.processLinkingErrors(document, diagnostics, options);
            if (options.stopAfterLinkingErrors && hasData(diagnostics, DocumentValidator.LinkingError)) return diagnostics;
        }
        const accept: ValidationAcceptor = (severity, message, info) => {
            diagnostics.push(this.toDiagnostic(severity, message, info));
        };
        try {
            await this.validateAstBefore(parseResult.value, options, accept, cancelToken);
            await this.validateAstNodes(parseResult.value, options, accept, cancelToken);
            await this.validateAstAfter(parseResult.value, options, accept, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            diagnostics.push(stoppedEarly(error, this.getSource(), this.localization.messages.validation.validationStopped));
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const validationMessages = this.localization.messages.validation;
        for (const diagnostic of diagnostics.slice(first)) {
            const data = diagnostic.data as { refText?: string; containerType?: string; property?: string } | undefined;
            const kind = this.referenceKind(data?.containerType, data?.property);
            diagnostic.code = DiagnosticCode.UnresolvedReference;
            if (data?.refText !== undefined) {
                diagnostic.message = kind === 'finding'
                    ? validationMessages.unresolvedFinding(data.refText)
                    : validationMessages.unresolvedReference(kind, data.refText);
            }
        }
    }

    /** In plain words, one report per mistake (see syntax/describe-syntax-error.ts). */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const document = this.documentOf(parseResult);
        if (!document) return;
        for (const report of this.syntaxErrors.describeParserErrors(document)) {
            diagnostics.push({
                severity: DiagnosticSeverity.Error,
                range: report.range,
                message: report.message,
                code: DiagnosticCode.SyntaxError,
                data: diagnosticData(DocumentValidator.ParsingError),
                source: this.getSource(),
            });
        }
    }

    protected override processLexingErrors(...args: Parameters<DefaultDocumentValidator['processLexingErrors']>): void {
        const [, diagnostics] = args;
        const first = diagnostics.length;
        super.processLexingErrors(...args);
        const found = diagnostics.splice(first);
        const syntaxMessages = this.localization.messages.syntax;
        // A text written over two lines: its opening quote is reported as unclosed, and the closing
        // one on a later line as lacking its opening quote. One mistake, one report.
        // And a line of “typographic” quotes gets one report, not one per quote.
        let unclosed = false;
        let previous: Diagnostic | undefined;
        for (const diagnostic of found) {
            const message = typeof diagnostic.message === 'string' ? diagnostic.message : '';
            if (unclosed && message === syntaxMessages.openingQuoteMissing()) {
                unclosed = false;
                continue;
            }
            if (previous && previous.message === message && previous.range.start.line === diagnostic.range.start.line) continue;
            previous = diagnostic;
            unclosed = message === syntaxMessages.unclosedString();
            diagnostic.code = DiagnosticCode.SyntaxError;
            diagnostics.push(diagnostic);
        }
    }

    private referenceKind(containerType: string | undefined, property: string | undefined): Kind | 'finding' {
        if (property === 'improves') return 'journey';
        if (property === 'addresses') return 'finding';
        if (property === 'channels') return 'channel';
        if (property === 'personas' || property === 'persona') return 'persona';
        return kindOfReference[containerType ?? ''] ?? 'element';
    }
}

function hasData(diagnostics: readonly Diagnostic[], code: string): boolean {
    return diagnostics.some(diagnostic => (diagnostic.data as { code?: string } | undefined)?.code === code);
}

/** The report that validation did not finish: an error on line 1, so the map never looks clean. */
function stoppedEarly(error: unknown, source: string | undefined, message: (reason: string) => string): Diagnostic {
    const reason = (error instanceof Error ? error.message : String(error)).split(/\r\n|\r|\n/)[0];
    return {
        severity: DiagnosticSeverity.Error,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: message(reason),
        code: DiagnosticCode.ValidationStopped,
        source,
    };
}
