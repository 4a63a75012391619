/**
 * Evidence links (version 2): a web address (`https:`, `http:`) or a path relative to the map's
 * file. An absolute path, another scheme (`file:`, `mailto:`, `javascript:`) or an address without
 * its scheme (`www.example.com`, which would be read as a file name) is not a link the map can open.
 */
export function isValidLink(link: string): boolean {
    const text = link.trim();
    if (text === '' || text !== link) return false;
    if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
        if (!/^https?:/i.test(text)) return false;
        try {
            return new URL(text).hostname !== '';
        } catch {
            return false;
        }
    }
    if (/^[\\/]/.test(text) || /^www\./i.test(text)) return false;
    return true;
}

/** Whether the link is a web address (else a path relative to the map's file). */
export function isWebLink(link: string): boolean {
    return /^https?:/i.test(link);
}
