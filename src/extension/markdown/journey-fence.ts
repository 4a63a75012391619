import type { default as MarkdownIt, Token } from 'markdown-it';
import { DiagnosticCode } from '../../model/diagnostic-codes.js';
import type { DiagnosticModel, MapModel } from '../../model/map-model.js';
import type { ViewMode } from '../../model/vocabulary.js';
import { renderMapSvgElement } from '../../renderer/index.js';
import type { Translate } from '../journeys/journeys-tree.js';

/**
 * ```` ```journey ```` blocks in Markdown, drawn by the map renderer. VS Code renders Markdown
 * synchronously, and a block's model comes from the language server (which knows the workspace's
 * personas and channels): the plugin draws what its `BlockSource` has for the block's text, and
 * the source asks the server for what it lacks and has the preview rendered again when it comes.
 */

/** What a block shows. */
export type BlockDrawing =
    | { kind: 'pending' }
    | { kind: 'drawn'; svg: string; note?: string }
    /** `line`: zero-based, within the block. */
    | { kind: 'syntax-error'; line: number; message: string }
    | { kind: 'empty' }
    | { kind: 'failed'; reason: string };

export interface BlockSource {
    /** The drawing of a block's text, or `pending` while it is being drawn. */
    drawingOf(text: string): BlockDrawing;
}

/** The info string of a fenced block that holds a map: ```` ```journey ````, with or without more words. */
export function isJourneyFence(info: string): boolean {
    return info.trim().split(/\s+/)[0]?.toLowerCase() === 'journey';
}

/** What a block shows for its model: the first syntax error instead of a drawing; else the drawing, with the first name not found. */
export function drawingOfModel(model: MapModel, mode: ViewMode): BlockDrawing {
    const errors = [...model.diagnostics].filter(d => d.severity === 'error').sort(byPosition);
    const syntax = errors.find(d => d.code === DiagnosticCode.SyntaxError);
    if (syntax) return { kind: 'syntax-error', line: syntax.range.start.line, message: syntax.message };
    const svg = renderMapSvgElement(model, { mode });
    if (!svg) return { kind: 'empty' };
    const unresolved = errors.find(d => d.code === DiagnosticCode.UnresolvedReference);
    return unresolved ? { kind: 'drawn', svg, note: unresolved.message } : { kind: 'drawn', svg };
}

/** Adds the drawing of ```` ```journey ```` blocks to a markdown-it instance (VS Code's `extendMarkdownIt`). */
export function journeyFencePlugin(md: MarkdownIt, source: BlockSource, t: Translate): MarkdownIt {
    const original = md.renderer.rules.fence;
    md.renderer.rules.fence = (tokens, index, options, env, self) => {
        const token = tokens[index];
        if (!isJourneyFence(token.info)) {
            return original ? original(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
        }
        return blockHtml(token, source.drawingOf(token.content), md.utils.escapeHtml, t);
    };
    return md;
}

/** The HTML of one block; every text of the map or the message is escaped, the SVG is the renderer's. */
export function blockHtml(token: Pick<Token, 'attrs' | 'map' | 'content'>, drawing: BlockDrawing, escape: (text: string) => string, t: Translate): string {
    const open = (modifier: string) => `<div${attributes(token, `journey-block journey-block-${modifier}`, escape)}>`;
    const source = `<pre class="journey-block-source"><code>${escape(token.content)}</code></pre>`;
    switch (drawing.kind) {
        case 'pending':
            return `${open('pending')}<p class="journey-block-status">${escape(t('Drawing the journey map…'))}</p></div>\n`;
        case 'drawn': {
            const note = drawing.note ? `<p class="journey-block-note">${escape(drawing.note)}</p>` : '';
            return `${open('drawn')}<div class="journey-block-scroll">${drawing.svg}</div>${note}</div>\n`;
        }
        case 'syntax-error': {
            // The line as the Markdown file numbers it: the block's text starts on the line after the fence.
            const line = token.map ? token.map[0] + 2 + drawing.line : drawing.line + 1;
            return `${open('error')}<p class="journey-block-message"><strong>${escape(t('This journey map cannot be drawn.'))}</strong> `
                + `${escape(t('Line {0}: {1}', line, drawing.message))}</p>${source}</div>\n`;
        }
        case 'empty':
            return `${open('empty')}<p class="journey-block-message">${escape(t('Nothing to draw: this block has no journey. Write a map as in a .journey file, starting with journey name "Title" {'))}</p>${source}</div>\n`;
        case 'failed':
            return `${open('error')}<p class="journey-block-message"><strong>${escape(t('This journey map cannot be drawn.'))}</strong> ${escape(drawing.reason)}</p>${source}</div>\n`;
    }
}

/** The token's attributes (VS Code puts the source line there for scroll sync) with our class added; the token itself is left as it is (VS Code caches tokens). */
function attributes(token: Pick<Token, 'attrs'>, className: string, escape: (text: string) => string): string {
    const attrs = [...(token.attrs ?? [])];
    const classIndex = attrs.findIndex(([name]) => name === 'class');
    if (classIndex >= 0) attrs[classIndex] = ['class', `${attrs[classIndex][1]} ${className}`];
    else attrs.push(['class', className]);
    return attrs.map(([name, value]) => ` ${escape(name)}="${escape(value)}"`).join('');
}

function byPosition(a: DiagnosticModel, b: DiagnosticModel): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
