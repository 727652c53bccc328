import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ICP_FILE_MAX_CHARS, type IoError, issuesOf, parseIcpFile } from '../icp/io';
import { type LintFinding, lintIcp } from '../icp/lint';
import { type Icp, icpSchema } from '../icp/schema';
import { editorErrors } from '../icp/sentences';
import { sendToBackground } from '../messaging/client';
import type { ExportReply, IcpList, IcpPreview, ImportReply, RescoreProgress } from '../messaging/views';
import { useRescoreProgress } from './use-rescore-progress';

/** Waits for the typing to pause before asking the background to score every saved account again. */
const PREVIEW_DEBOUNCE_MS = 250;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface IcpEditor {
  list?: IcpList;
  draft?: Icp;
  dirty: boolean;
  errors: IoError[];
  lint: LintFinding[];
  preview?: IcpPreview;
  progress?: RescoreProgress;
  importErrors: IoError[];
  notice?: string;
  setDraft: (next: Icp) => void;
  open: (id: string) => void;
  activate: () => Promise<void>;
  create: (presetId: string) => Promise<void>;
  save: () => Promise<void>;
  discard: () => void;
  remove: () => Promise<void>;
  exportDraft: () => Promise<ExportReply | undefined>;
  importText: (text: string) => Promise<void>;
}

/** The editor's state: the stored ICPs, the draft being edited, its validation, lint, live preview and rescoring. */
export function useIcpEditor(tabId: number | undefined): IcpEditor {
  const [list, setList] = useState<IcpList>();
  const [openId, setOpenId] = useState<string>();
  const [draft, setDraftState] = useState<Icp>();
  const [dirty, setDirty] = useState(false);
  const [preview, setPreview] = useState<IcpPreview>();
  const [progress, setProgress] = useRescoreProgress();
  const [importErrors, setImportErrors] = useState<IoError[]>([]);
  const [notice, setNotice] = useState<string>();

  const refresh = useCallback(async (select?: string) => {
    try {
      const next = await sendToBackground<IcpList, 'ui-bg/list-icps'>('ui-bg/list-icps', {});
      setList(next);
      if (next.rescore) setProgress(next.rescore);
      const id = select ?? next.activeId;
      setOpenId(id);
      setDraftState(next.icps.find((i) => i.id === id));
      setDirty(false);
    } catch (error) {
      setNotice(message(error));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const parsed = useMemo(() => (draft ? icpSchema.safeParse(draft) : undefined), [draft]);
  const errors = useMemo(
    () => (draft && parsed && !parsed.success ? editorErrors(parsed.error, draft) : []),
    [draft, parsed],
  );
  const lint = useMemo(() => (draft ? lintIcp(draft) : []), [draft]);

  useEffect(() => {
    if (!parsed?.success) return;
    let alive = true;
    const timer = setTimeout(async () => {
      try {
        const next = await sendToBackground<IcpPreview, 'ui-bg/preview-score'>('ui-bg/preview-score', {
          icp: parsed.data,
          tabId,
        });
        if (alive) setPreview(next);
      } catch (error) {
        if (alive) setNotice(message(error));
      }
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [parsed, tabId]);

  /** Runs a request, shows its failure, and reports whether it worked. */
  const attempt = async (run: () => Promise<unknown>) => {
    setNotice(undefined);
    try {
      await run();
      return true;
    } catch (error) {
      setNotice(message(error));
      return false;
    }
  };

  return {
    list,
    draft,
    dirty,
    errors,
    lint,
    preview,
    progress,
    importErrors,
    notice,
    setDraft: (next) => {
      setDraftState(next);
      setDirty(true);
    },
    open: (id) => void refresh(id),
    discard: () => void refresh(openId),
    activate: async () => {
      if (openId) await attempt(() => sendToBackground('ui-bg/set-active-icp', { id: openId }));
      await refresh(openId);
    },
    create: async (presetId) => {
      let created: Icp | undefined;
      await attempt(async () => {
        created = await sendToBackground<Icp, 'ui-bg/create-icp'>('ui-bg/create-icp', { presetId });
      });
      await refresh(created?.id ?? openId);
    },
    save: async () => {
      if (!parsed?.success) return;
      const icp = parsed.data;
      if (await attempt(() => sendToBackground('ui-bg/save-icp', { icp }))) {
        await refresh(icp.id);
        setNotice(`Saved "${icp.name}".`);
      }
    },
    remove: async () => {
      if (openId && (await attempt(() => sendToBackground('ui-bg/delete-icp', { id: openId })))) await refresh();
    },
    exportDraft: async () => {
      let reply: ExportReply | undefined;
      if (openId) {
        await attempt(async () => {
          reply = await sendToBackground<ExportReply, 'ui-bg/export-icp'>('ui-bg/export-icp', { id: openId });
        });
      }
      return reply;
    },
    importText: async (text) => {
      setImportErrors([]);
      // Refused here when too large to travel as a message; the background validates everything else.
      let reply: ImportReply | undefined = text.length > ICP_FILE_MAX_CHARS ? parseIcpFile(text) : undefined;
      if (!reply) {
        await attempt(async () => {
          reply = await sendToBackground<ImportReply, 'ui-bg/import-icp'>('ui-bg/import-icp', { text });
        });
      }
      if (!reply) return;
      if (!reply.ok) {
        setImportErrors(reply.errors);
        return;
      }
      const name = reply.icp.name;
      await refresh(reply.icp.id);
      setNotice(`Imported "${name}". Make it active to score with it.`);
    },
  };
}
