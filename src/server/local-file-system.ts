import type { FileSystemNode, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';

/**
 * The language server's file system: the local disk, for `file:` URIs only. In a virtual
 * workspace (GitHub Repositories, `vscode-vfs:`, `memfs:`) a folder's path says nothing about the
 * local disk: Langium's Node provider would read `/owner/repo` (or, for a root `/`, the whole disk)
 * from this machine. Such a folder is listed as empty and its files are never read here; the
 * maps of a virtual workspace are known while they are open, from the text the editor sends.
 */
export class LocalFileSystemProvider extends NodeFileSystemProvider {
    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return isLocal(uri) ? super.readDirectory(uri) : [];
    }

    override readDirectorySync(uri: URI): FileSystemNode[] {
        return isLocal(uri) ? super.readDirectorySync(uri) : [];
    }

    override async readFile(uri: URI): Promise<string> {
        return super.readFile(local(uri));
    }

    override readFileSync(uri: URI): string {
        return super.readFileSync(local(uri));
    }

    override async readBinary(uri: URI): Promise<Uint8Array> {
        return super.readBinary(local(uri));
    }

    override readBinarySync(uri: URI): Uint8Array {
        return super.readBinarySync(local(uri));
    }

    override async stat(uri: URI): Promise<FileSystemNode> {
        return super.stat(local(uri));
    }

    override statSync(uri: URI): FileSystemNode {
        return super.statSync(local(uri));
    }

    override async exists(uri: URI): Promise<boolean> {
        return isLocal(uri) && super.exists(uri);
    }

    override existsSync(uri: URI): boolean {
        return isLocal(uri) && super.existsSync(uri);
    }
}

export function isLocal(uri: URI): boolean {
    return uri.scheme === 'file';
}

function local(uri: URI): URI {
    if (!isLocal(uri)) throw new Error(`${uri.toString()} is not on the local file system`);
    return uri;
}

export const LocalFileSystem = {
    fileSystemProvider: () => new LocalFileSystemProvider(),
};
