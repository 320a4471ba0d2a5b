import { ZodError } from 'zod';
import { isCallName, studioContract, type CallResult } from '../../model/api';
import { StudioError } from '../../model/localized';
import type { Handlers } from './handler-types';

export type Dispatch = (name: string, rawInput: unknown) => Promise<CallResult<unknown>>;

/**
 * The one path every call takes, whatever the transport: known name -> input parsed by
 * its zod schema -> handler -> output checked against its schema -> typed result.
 * Nothing throws past this function; the transport only serialises the result.
 */
export function createDispatcher(handlers: Handlers, log: (line: string) => void = () => {}): Dispatch {
  return async (name, rawInput) => {
    if (!isCallName(name)) {
      return failure(
        new StudioError('api.unknown-call', {
          zh: `没有名为“${String(name).slice(0, 80)}”的接口调用。`,
          en: `There is no API call named "${String(name).slice(0, 80)}".`,
        }),
      );
    }
    const spec = studioContract[name];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) return failure(validationError(name, parsed.error));
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        log(`output of ${name} does not match its schema: ${checked.error.message}`);
        return failure(internal());
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof StudioError) return failure(error);
      if (error instanceof ZodError) return failure(validationError(name, error));
      log(`call ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return failure(internal());
    }
  };
}

function failure(error: StudioError): CallResult<never> {
  return { ok: false, error: { code: error.code, message: error.localized, details: error.details } };
}

function validationError(name: string, error: ZodError): StudioError {
  const fields = error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`);
  return new StudioError(
    'api.invalid-input',
    {
      zh: `调用“${name}”的数据格式不对：${fields.join('；')}`,
      en: `The data sent to "${name}" has the wrong shape: ${fields.join('; ')}`,
    },
    { issues: error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String), message: i.message })) },
  );
}

function internal(): StudioError {
  return new StudioError('internal', {
    zh: '工坊内部出错了，操作没有完成，数据没有改动。请重试；如果一再出现，请运行 jinxiu doctor。',
    en: 'Something went wrong inside the studio; the action did not complete and no data was changed. Try again; if it keeps happening, run "jinxiu doctor".',
  });
}
