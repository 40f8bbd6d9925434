/** The relationship path (DESIGN.md section 6), in order, then the side states. */
export const PATH_STAGES = ['prospect', 'first_purchase', 'repeat', 'loyalist', 'advocate'] as const;
export const SIDE_STAGES = ['at_risk', 'lost'] as const;
export const STAGES = [...PATH_STAGES, ...SIDE_STAGES] as const;

export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  prospect: 'Prospect',
  first_purchase: 'First purchase',
  repeat: 'Repeat customer',
  loyalist: 'Loyalist',
  advocate: 'Advocate',
  at_risk: 'At risk',
  lost: 'Lost',
};

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** Position on the path, for sorting: side states sort after the path. */
export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}
