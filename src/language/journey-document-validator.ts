import { DefaultDocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../model/diagnostic-codes.js';

const kindOfReference: Record<string, string> = {
    Persona: 'persona',
    Channel: 'channel',
    Journey: 'journey',
    Pain: 'pain',
};

/** Gives Langium's built-in reports the spec's codes and messages a map writer understands. */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        for (const diagnostic of diagnostics.slice(first)) {
            const data = diagnostic.data as { refText?: string; containerType?: string; property?: string } | undefined;
            const kind = this.referenceKind(data?.containerType, data?.property);
            diagnostic.code = DiagnosticCode.UnresolvedReference;
            if (data?.refText !== undefined) {
                diagnostic.message = kind === 'pain'
                    ? `No pain named '${data.refText}' in this journey.`
                    : `No ${kind} named '${data.refText}' in the workspace.`;
            }
        }
    }

    protected override processParsingErrors(...args: Parameters<DefaultDocumentValidator['processParsingErrors']>): void {
        const [, diagnostics] = args;
        const first = diagnostics.length;
        super.processParsingErrors(...args);
        for (const diagnostic of diagnostics.slice(first)) {
            diagnostic.code = DiagnosticCode.SyntaxError;
        }
    }

    protected override processLexingErrors(...args: Parameters<DefaultDocumentValidator['processLexingErrors']>): void {
        const [, diagnostics] = args;
        const first = diagnostics.length;
        super.processLexingErrors(...args);
        for (const diagnostic of diagnostics.slice(first)) {
            diagnostic.code = DiagnosticCode.SyntaxError;
        }
    }

    private referenceKind(containerType: string | undefined, property: string | undefined): string {
        if (property === 'improves') return 'journey';
        if (property === 'addresses') return 'pain';
        if (property === 'channels') return 'channel';
        if (property === 'personas') return 'persona';
        return kindOfReference[containerType ?? ''] ?? 'element';
    }
}
