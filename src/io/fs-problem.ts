/**
 * File-system errors in words: what is wrong with which path, for the messages of user errors
 * (exit 2). Node's own message names only the error code and the system call
 * ("ELOOP: too many symbolic links encountered, open 'a.yaml'").
 */

/** Codes caused by the paths, permissions or disk the user chose: user errors, not bugs. */
export const ENVIRONMENT_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'ELOOP', 'EMFILE', 'ENFILE', 'EEXIST', 'ENOENT', 'EBUSY', 'EXDEV']);

/** What `code` says about `path` (a file-system call `syscall` failed on it), in words; undefined for a code not listed. */
export function fsProblem(code: string | undefined, path: string, syscall?: string): string | undefined {
  const reading = syscall === undefined || ['open', 'read', 'scandir', 'stat', 'lstat', 'access'].includes(syscall);
  switch (code) {
    case 'EACCES': return `no permission to ${reading ? 'read' : 'write'} ${path}`;
    case 'EPERM': return `the system does not allow ${syscall ?? 'this'} on ${path}`;
    case 'EROFS': return `${path} is on a read-only file system`;
    case 'ENOSPC': return `the disk is full (writing ${path})`;
    case 'EDQUOT': return `the disk quota is used up (writing ${path})`;
    case 'ENOTDIR': return `a part of ${path} is a file, not a folder`;
    case 'EISDIR': return `${path} is a folder, where a file was expected`;
    case 'ENAMETOOLONG': return `${path}: a name in this path is too long for the file system`;
    case 'ELOOP': return `${path} is a symbolic link that leads back to itself (a loop)`;
    case 'EMFILE': return 'too many files open at once';
    case 'ENFILE': return 'too many files open on this system';
    case 'EEXIST': return `${path} already exists`;
    case 'ENOENT': return `${path} does not exist`;
    case 'EBUSY': return `${path} is in use by another program`;
    case 'EXDEV': return `${path} is on another file system`;
    default: return undefined;
  }
}
