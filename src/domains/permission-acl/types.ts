import type { Timed } from '../../core/batch.ts';
import type { Dict } from '../../core/dict.ts';

/** One permission held: when it was granted and its absolute expiry in ms (`null`: never expires). */
export interface Grant {
  granted_at: number;
  expires_at: number | null;
}

/** A user's grants: resource → permission → grant. Never holds an empty dict. */
export type UserGrants = Dict<Dict<Grant>>;

/** The whole ACL: user_id → resource → permission → grant. */
export type PermissionTable = Dict<UserGrants>;

/** One entry of `backups`: the Python tuple `(backup timestamp, deep copy of permissions)`. */
export type AclBackup = [number, PermissionTable];

/** The three known L5 op types; each calls the L1 method of the same name. */
export type AclOpType = 'grant' | 'check' | 'revoke';

/** L5 `{type: "grant" | "check" | "revoke"}` on one user's permission. */
export interface KnownAclOp {
  readonly type: AclOpType;
  readonly user_id: string;
  readonly resource: string;
  readonly permission: string;
}

/** An op of any other type: the manual still reads and locks its `user_id`, then returns `null`. */
export interface UnknownAclOp {
  readonly type: string;
  readonly user_id: string;
}

/** Any op of an L5 batch. */
export type AclOp = KnownAclOp | UnknownAclOp;

/** The result of one L5 op: the L1 method's boolean, or `null` for an unknown type. */
export type AclResult = boolean | null;

/** An L5 op with the batch's timestamp, as the op definition runs it. */
export type TimedAclOp = Timed<AclOp>;

/** One L6 item of `syncPermissions`: a permission to sync to the outside. */
export interface SyncTransfer {
  readonly user_id: string;
  readonly resource: string;
  readonly permission: string;
}

/** An L6 item with the call's timestamp, as the op definition receives it. */
export interface SyncItem {
  readonly timestamp: number;
  readonly transfer: SyncTransfer;
}
