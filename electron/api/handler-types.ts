import type { CallName, CallOutput, ParsedInput } from '../../model/api';

export type Handler<N extends CallName> = (input: ParsedInput<N>) => CallOutput<N> | Promise<CallOutput<N>>;

/** Every contract call must have a handler: a missing one is a compile error. */
export type Handlers = { [N in CallName]: Handler<N> };

/** A domain's share of the handlers (model/api/<domain>.ts <-> electron/api/handlers/<domain>.ts). */
export type HandlersFor<Names extends CallName> = { [N in Names]: Handler<N> };
