import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type LeafCstNode, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { formatIsoDate } from '../dates.js';
import { DiagnosticCode } from '../../model/diagnostic-codes.js';
import { clampEmotion, emotionSource } from '../../model/emotion.js';
import { channelIcons, isOneOf } from '../../model/vocabulary.js';
import { isEmotion, isJourney, isPain, type Pain } from '../generated/ast.js';
import type { JourneyMapsServices } from '../journey-module.js';
import type { JourneySettings } from '../journey-settings.js';

/** Quick fixes, keyed on the stable code of the report they fix (spec: "What the tools must report"). */
export class JourneyCodeActionProvider implements CodeActionProvider {
    private readonly settings: JourneySettings;

    constructor(services: JourneyMapsServices) {
        this.settings = services.journey.Settings;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            actions.push(...this.fixesFor(document, diagnostic));
        }
        return actions;
    }

    private fixesFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const code = diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code;
        switch (code) {
            case DiagnosticCode.UnresolvedReference: return this.createDeclaration(document, diagnostic);
            case DiagnosticCode.EmotionRange: return this.clampEmotion(document, diagnostic);
            case DiagnosticCode.StaleReview: return this.reviewToday(document, diagnostic);
            case DiagnosticCode.UnaddressedPain: return this.addOpportunity(document, diagnostic);
            case DiagnosticCode.StateConflict: return this.fixStateConflict(document, diagnostic);
            default: return [];
        }
    }

    /** `unresolved-reference` to a persona or channel: declare it at the end of the file. */
    private createDeclaration(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const data = diagnostic.data as { refText?: string; property?: string } | undefined;
        const kind = data?.property === 'personas' ? 'persona' : data?.property === 'channels' ? 'channel' : undefined;
        const name = data?.refText ?? document.textDocument.getText(diagnostic.range);
        if (!kind || !/^[_a-zA-Z][_a-zA-Z0-9]*$/.test(name)) {
            return [];
        }
        const icon = kind === 'channel' ? ` icon ${isOneOf(channelIcons, name) ? name : 'other'}` : '';
        const declaration = `${kind} ${name} "${displayName(name)}"${icon}`;
        const text = document.textDocument.getText();
        const end = document.textDocument.positionAt(text.length);
        const trimmed = text.replace(/\s+$/, '');
        const separator = trimmed.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
        return [quickFix(`Create ${kind} '${name}'`, document, diagnostic, [{ range: { start: end, end }, newText: `${separator}${declaration}\n` }], true)];
    }

    /** `emotion-range`: the nearest whole number in -2..+2. */
    private clampEmotion(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = nodeAt(document, diagnostic);
        if (!isEmotion(node)) {
            return [];
        }
        const value = clampEmotion(Math.round(node.value));
        return [quickFix(`Change emotion to ${emotionSource(value)}`, document, diagnostic, [{ range: diagnostic.range, newText: String(value) }], true)];
    }

    /** `stale-review`: the map is reviewed today. */
    private reviewToday(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const today = formatIsoDate(this.settings.today());
        return [quickFix(`Mark as reviewed today (${today})`, document, diagnostic, [{ range: diagnostic.range, newText: `"${today}"` }], true)];
    }

    /** `unaddressed-pain`: an opportunity skeleton on the line after the pain, in the same touchpoint or stage. */
    private addOpportunity(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const pain = nodeAt(document, diagnostic);
        if (!isPain(pain) || !pain.$cstNode) {
            return [];
        }
        const end = pain.$cstNode.range.end;
        const line = document.textDocument.getText({ start: { line: pain.$cstNode.range.start.line, character: 0 }, end: pain.$cstNode.range.start });
        const indent = /^\s*/.exec(line)?.[0] ?? '';
        const name = pain.name ? ` ${this.freeOpportunityName(pain, `${pain.name}_fix`)}` : '';
        const newText = `\n${indent}opportunity${name} "..."`;
        return [quickFix(`Add an opportunity for ${pain.name ? `'${pain.name}'` : 'this pain'}`, document, diagnostic, [{ range: { start: end, end }, newText }], true)];
    }

    private freeOpportunityName(pain: Pain, wanted: string): string {
        const journey = AstUtils.getContainerOfType(pain, isJourney);
        const taken = new Set(journey ? AstUtils.streamAst(journey).toArray().flatMap(node => 'name' in node && typeof node.name === 'string' ? [node.name] : []) : []);
        let name = wanted;
        for (let i = 2; taken.has(name); i++) {
            name = `${wanted}${i}`;
        }
        return name;
    }

    /** `state-conflict`: remove the `state current` line, or make it `state future`. */
    private fixStateConflict(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return [];
        }
        const leaves = CstUtils.flattenCst(root).filter(leaf => !leaf.hidden).toArray();
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const index = leaves.findIndex(leaf => leaf.offset === offset);
        const keyword: LeafCstNode | undefined = leaves[index - 1];
        if (index < 1 || keyword.text !== 'state') {
            return [];
        }
        const value = leaves[index];
        const text = document.textDocument.getText();
        const lineStart = text.lastIndexOf('\n', keyword.offset - 1) + 1;
        const lineEnd = text.indexOf('\n', value.end);
        const alone = text.slice(lineStart, keyword.offset).trim() === '' && text.slice(value.end, lineEnd < 0 ? text.length : lineEnd).trim() === '';
        const removal: TextEdit = alone
            ? { range: { start: document.textDocument.positionAt(lineStart), end: document.textDocument.positionAt(lineEnd < 0 ? text.length : lineEnd + 1) }, newText: '' }
            : { range: { start: document.textDocument.positionAt(keyword.offset), end: document.textDocument.positionAt(value.end) }, newText: '' };
        return [
            quickFix(`Remove 'state current'`, document, diagnostic, [removal], true),
            quickFix(`Change to 'state future'`, document, diagnostic, [{ range: diagnostic.range, newText: 'future' }], false),
        ];
    }
}

function quickFix(title: string, document: LangiumDocument, diagnostic: Diagnostic, edits: TextEdit[], isPreferred: boolean): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [document.textDocument.uri]: edits } },
    };
}

/** The AST node whose token starts the diagnostic's range. */
function nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return undefined;
    }
    return CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start))?.astNode;
}

/** `big_shop` → "Big shop": a display name to start from. */
export function displayName(id: string): string {
    const words = id.replace(/_+/g, ' ').trim();
    return words.length === 0 ? id : words.charAt(0).toUpperCase() + words.slice(1);
}
