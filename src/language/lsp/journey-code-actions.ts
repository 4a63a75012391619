import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument, type LeafCstNode, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { addMonths, formatIsoDate, suggestIsoDate } from '../dates.js';
import { DiagnosticCode } from '../../model/diagnostic-codes.js';
import { clampEmotion } from '../../model/emotion.js';
import { channelIcons, isOneOf } from '../../model/vocabulary.js';
import { isAction, isEmotion, isJourney, isPain, type Action, type Pain } from '../generated/ast.js';
import type { JourneyMapsServices } from '../journey-module.js';
import type { JourneySettings } from '../journey-settings.js';
import { suggestTimeOfDay } from '../times.js';
import { stringEscape } from './stage-templates.js';
import type { UnknownWordFix } from '../syntax/describe-syntax-error.js';
import type { Messages } from '../i18n/en.js';
import type { Localization } from '../i18n/localization.js';

/** Quick fixes, keyed on the stable code of the report they fix (spec: "What the tools must report"). */
export class JourneyCodeActionProvider implements CodeActionProvider {
    private readonly settings: JourneySettings;
    private readonly localization: Localization;

    constructor(services: JourneyMapsServices) {
        this.settings = services.journey.Settings;
        this.localization = services.journey.Localization;
    }

    /** Quick-fix titles in the language the server speaks. */
    private get titles(): Messages['quickFix'] {
        return this.localization.messages.quickFix;
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
            case DiagnosticCode.UnownedAction: return this.addOwner(document, diagnostic);
            case DiagnosticCode.UndatedAction: return this.addDueDate(document, diagnostic);
            case DiagnosticCode.OverdueAction: return this.fixOverdue(document, diagnostic);
            case DiagnosticCode.InvalidTime: return this.rewrite(document, diagnostic, suggestTimeOfDay, this.titles.changeTime);
            case DiagnosticCode.InvalidDate: return this.rewrite(document, diagnostic, suggestIsoDate, this.titles.changeDate);
            case DiagnosticCode.SyntaxError: return this.mendWord(document, diagnostic);
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
        return [quickFix(this.titles.createDeclaration(kind, name), document, diagnostic, [{ range: { start: end, end }, newText: `${separator}${declaration}\n` }], true)];
    }

    /** `emotion-range`: the nearest whole number in -2..+2; none for an emotion that has no number. */
    private clampEmotion(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = nodeAt(document, diagnostic);
        if (!isEmotion(node) || !Number.isFinite(node.value)) {
            return [];
        }
        const value = clampEmotion(Math.round(node.value));
        return [quickFix(this.titles.changeEmotion(value), document, diagnostic, [{ range: diagnostic.range, newText: String(value) }], true)];
    }

    /** `stale-review`: the map is reviewed today. */
    private reviewToday(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const today = formatIsoDate(this.settings.today());
        return [quickFix(this.titles.reviewedToday(today), document, diagnostic, [{ range: diagnostic.range, newText: `"${today}"` }], true)];
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
        return [quickFix(this.titles.addOpportunity(pain.name), document, diagnostic, [{ range: { start: end, end }, newText }], true)];
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

    /** `unowned-action`: an owner line, with the map's owner when it has one. */
    private addOwner(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const action = actionAt(document, diagnostic);
        if (!action) return [];
        const owner = AstUtils.getContainerOfType(action, isJourney)?.owners[0];
        const edit = addActionLine(document, action, `owner "${stringEscape(owner ?? '')}"`);
        return edit ? [quickFix(this.titles.addOwner(owner), document, diagnostic, [edit], true)] : [];
    }

    /** `undated-action`: a due date a month or a quarter from today. */
    private addDueDate(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const action = actionAt(document, diagnostic);
        if (!action) return [];
        return [1, 3].flatMap((months, index) => {
            const due = formatIsoDate(addMonths(this.settings.today(), months));
            const edit = addActionLine(document, action, `due "${due}"`);
            return edit ? [quickFix(this.titles.addDueDate(due, months), document, diagnostic, [edit], index === 0)] : [];
        });
    }

    /** `overdue-action`: it is done, or it gets a new due date a month from today. */
    private fixOverdue(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const action = actionAt(document, diagnostic);
        if (!action) return [];
        const fixes: CodeAction[] = [];
        const status = GrammarUtils.findNodeForProperty(action.$cstNode, 'statuses');
        const done = status
            ? { range: status.range, newText: 'done' }
            : addActionLine(document, action, 'status done');
        if (done) fixes.push(quickFix(this.titles.markDone(action.name), document, diagnostic, [done], false));
        const due = formatIsoDate(addMonths(this.settings.today(), 1));
        fixes.push(quickFix(this.titles.moveDueDate(due), document, diagnostic, [{ range: diagnostic.range, newText: `"${due}"` }], false));
        return fixes;
    }

    /** `invalid-time`, `invalid-date`: the same time or date in the form the language wants, when it is one. */
    private rewrite(document: LangiumDocument, diagnostic: Diagnostic, suggest: (text: string) => string | undefined, title: (text: string) => string): CodeAction[] {
        const written = document.textDocument.getText(diagnostic.range);
        if (!written.startsWith('"')) return [];
        const suggestion = suggest(written.slice(1, -1));
        return suggestion ? [quickFix(title(suggestion), document, diagnostic, [{ range: diagnostic.range, newText: `"${suggestion}"` }], true)] : [];
    }

    /** A word that is no keyword: the keyword meant (`stgae`, `Stage`, `fase` → `stage`), or the comma missing before it. */
    private mendWord(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const fix = diagnostic.data as UnknownWordFix | undefined;
        if (fix && 'keyword' in fix) {
            return [quickFix(this.titles.changeKeyword(fix.keyword), document, diagnostic, [{ range: diagnostic.range, newText: fix.keyword }], true)];
        }
        if (fix && 'comma' in fix) {
            const text = document.textDocument.getText();
            const start = document.textDocument.offsetAt(diagnostic.range.start);
            let gap = start;
            while (gap > 0 && /[ \t]/.test(text[gap - 1]!)) gap--;
            const range = { start: document.textDocument.positionAt(gap), end: diagnostic.range.start };
            return [quickFix(this.titles.addComma(), document, diagnostic, [{ range, newText: ', ' }], true)];
        }
        return [];
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
            quickFix(this.titles.removeStateCurrent(), document, diagnostic, [removal], true),
            quickFix(this.titles.changeToFuture(), document, diagnostic, [{ range: diagnostic.range, newText: 'future' }], false),
        ];
    }
}

/** Line edits inside an action's block (the block is added when the action has none). */
function addActionLine(document: LangiumDocument, action: Action, line: string): TextEdit | undefined {
    const cst = action.$cstNode;
    if (!cst) return undefined;
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', cst.offset - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
    const inner = `${indent}${indent.includes('\t') ? '\t' : '    '}`;
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    if (open) {
        const at = document.textDocument.positionAt(open.end);
        return { range: { start: at, end: at }, newText: `\n${inner}${line}` };
    }
    const at = document.textDocument.positionAt(cst.end);
    return { range: { start: at, end: at }, newText: ` {\n${inner}${line}\n${indent}}` };
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

function actionAt(document: LangiumDocument, diagnostic: Diagnostic): Action | undefined {
    const node = nodeAt(document, diagnostic);
    return node ? AstUtils.getContainerOfType(node, isAction) : undefined;
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
