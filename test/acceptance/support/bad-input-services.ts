/**
 * A full disk at the platform contract: the node platform over the real file system, except that
 * writing the temporary file of a save writes half the bytes and then fails with ENOSPC, as a disk
 * that fills up midway does. The save must then remove its temporary file and keep the old output.
 */
import { open } from 'node:fs/promises';
import type { Services } from '../../../src/app/services';
import { createNodeServices } from '../../../src/cli/compose';
import { createNodePlatform } from '../../../src/platform/node';

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
  });
}

/** The CLI's services with a disk that fills up during the first write of every save. */
export function diskFullServices(): Services {
  const platform = createNodePlatform({
    open: async (path, flags) => {
      const handle = await open(path, flags);
      if (flags !== 'wx') return handle;
      const write = handle.writeFile.bind(handle);
      handle.writeFile = async (data: Parameters<typeof write>[0]) => {
        const bytes = data as Uint8Array;
        await write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        throw enospc();
      };
      return handle;
    },
  });
  return { ...createNodeServices(), platform };
}
