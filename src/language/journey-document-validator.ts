import {
    DefaultDocumentValidator, DocumentValidator, diagnosticData,
    type Cancellation, type LangiumDocument, type ParseResult, type ValidationOptions,
} from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../model/diagnostic-codes.js';
import type { JourneyMapsServices } from './journey-module.js';
import type { SyntaxErrorDescriber } from './syntax/describe-syntax-error.js';
import { syntaxMessages } from './syntax/syntax-messages.js';
import { validationMessages } from './validation-messages.js';

const kindOfReference: Record<string, string> = {
    Persona: 'persona',
    Channel: 'channel',
    Journey: 'journey',
    Pain: 'pain',
};

/** Gives Langium's built-in reports the spec's codes and messages a map writer understands. */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly syntaxErrors: SyntaxErrorDescriber;
    /** The document of each parse result being validated (Langium passes only the parse result on). */
    private readonly documents = new WeakMap<ParseResult, LangiumDocument>();

    constructor(services: JourneyMapsServices) {
        super(services);
        this.syntaxErrors = services.journey.SyntaxErrors;
    }

    override validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        this.documents.set(document.parseResult, document);
        return super.validateDocument(document, options, cancelToken);
    }

    private documentOf(parseResult: ParseResult): LangiumDocument | undefined {
        return this.documents.get(parseResult);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
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

    private referenceKind(containerType: string | undefined, property: string | undefined): string {
        if (property === 'improves') return 'journey';
        if (property === 'addresses') return 'finding';
        if (property === 'channels') return 'channel';
        if (property === 'personas' || property === 'persona') return 'persona';
        return kindOfReference[containerType ?? ''] ?? 'element';
    }
}
