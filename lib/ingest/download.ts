export async function downloadOfficialFiles(_opts: { cacheDir: string; onProgress?: (file: string, done: number, total?: number) => void }): Promise<{ onetDir: string; blsDir: string }> {
  throw new Error('downloading is not implemented yet: set ONET_DIR and BLS_DIR');
}
