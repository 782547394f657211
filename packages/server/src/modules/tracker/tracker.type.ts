import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PLACEMENT_TYPES, PLAN_OPTIONS, PLAN_STATUSES, type FamilyFindingTeam, type PlacementType, type PlanOption, type PlanStatus, type PloStage, type ReferralStatus } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { TeamRef } from '../children/child.type';
import { PloStageEnum } from '../court/court.type';
import { FamilyFindingTeamEnum, ReferralStatusEnum } from '../family-finding/family-finding.type';
import { PlacementTypeEnum } from '../placements/placement.type';
import { PlanOptionEnum, PlanStatusEnum } from '../plans/plan.enums';
import { TRACKER_GROUPS, TRACKER_SORT_FIELDS, type TrackerSortField } from './tracker-query';
import { INDICATORS, type IndicatorCode } from './reports';

export const TrackerSortFieldEnum = graphqlEnum('TrackerSortField', TRACKER_SORT_FIELDS);
export const TrackerGroupByEnum = graphqlEnum('TrackerGroupBy', TRACKER_GROUPS);
export const IndicatorCodeEnum = graphqlEnum('IndicatorCode', INDICATORS);
export const OVER_TIME_INTERVALS = ['MONTH', 'QUARTER'] as const;
export const OverTimeIntervalEnum = graphqlEnum('OverTimeInterval', OVER_TIME_INTERVALS);

@ObjectType({ description: "One looked-after child's line in the permanence tracker." })
export class TrackerRowType {
  @Field(() => ID) childId!: string;
  @Field() name!: string;
  @Field({ description: 'The council case number (SSDA903 CHILD).' }) localId!: string;
  @Field(() => ID) teamId!: string;
  @Field() teamName!: string;
  @Field(() => PlanOptionEnum, { nullable: true }) planOption!: PlanOption | null;
  @Field(() => PlanStatusEnum, { nullable: true }) planStatus!: PlanStatus | null;
  @Field(() => Int, { nullable: true }) daysInCare!: number | null;
  @Field(() => LocalDate, { nullable: true, description: 'When the permanence plan must be endorsed (the rules’ planDeadline).' }) permanenceDueOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) permanenceAchievedOn!: string | null;
  @Field(() => Int, { nullable: true, description: 'Days from entering care (this period of care) to permanence achieved, or to today while not yet achieved.' })
  daysToPermanence!: number | null;
  @Field(() => Int) outcomesCompleted!: number;
  @Field(() => Int) outcomesTotal!: number;
  @Field(() => Int) outcomesOverdue!: number;
  @Field(() => PlacementTypeEnum, { nullable: true }) placementType!: PlacementType | null;
  @Field(() => Boolean, { nullable: true }) inArea!: boolean | null;
  @Field(() => Float, { description: 'Pounds a week, current placement.' }) weeklyCost!: number;
  @Field(() => Float) costToDate!: number;
  @Field(() => Float, { description: "Bolton's lifetime costing: cost to date plus weekly cost × weeks to the 18th birthday." }) projectedCostTo18!: number;
  @Field(() => [String]) alertCodes!: string[];
  @Field(() => Int, { description: "Placement moves in the council's window (12 months unless its policy says otherwise): the alerts' count." }) movesInLast12Months!: number;
  @Field(() => PloStageEnum, { nullable: true, description: 'The PLO stage of the open proceedings (else the last); null with none.' }) courtStage!: PloStage | null;
  @Field(() => Int, { nullable: true, description: 'Week of proceedings today while issued and not concluded.' }) courtWeek!: number | null;
  @Field(() => Int, { nullable: true, description: 'Weeks the court allows (26 unless the council’s policy says otherwise); null before issue.' }) courtWeeksAllowed!: number | null;
  @Field(() => FamilyFindingTeamEnum, { nullable: true, description: 'The open family-finding referral’s team (else the last referral’s).' }) familyFindingTeam!: FamilyFindingTeam | null;
  @Field(() => ReferralStatusEnum, { nullable: true }) familyFindingStatus!: ReferralStatus | null;
  @Field({ description: 'The search review or the match is past its date.' }) familyFindingOverdue!: boolean;
}

@ObjectType()
export class ChartBarType {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => Int) children!: number;
}

@ObjectType({ description: 'Children whose days from entering care to permanence fall in a band: achieved within it, or still waiting that long.' })
export class PermanenceBandType {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => Int) fromDays!: number;
  @Field(() => Int, { nullable: true, description: 'Exclusive; null for the last band.' }) toDays!: number | null;
  @Field(() => Int) achieved!: number;
  @Field(() => Int) waiting!: number;
}

@ObjectType({ description: 'The tracker charts, over every matching child (not only the page).' })
export class TrackerChartsType {
  @Field(() => [ChartBarType]) byPlacementType!: ChartBarType[];
  @Field(() => [PermanenceBandType]) timeToPermanence!: PermanenceBandType[];
  @Field(() => [ChartBarType], { description: 'Placement moves in the last 12 months.' }) stability!: ChartBarType[];
}

@ObjectType({ description: 'Children looked after at the end of a month or quarter, and the starts and ends of care within it.' })
export class LookedAfterPointType {
  @Field(() => LocalDate) periodStart!: string;
  @Field(() => LocalDate) periodEnd!: string;
  @Field(() => Int, { description: 'Looked after at the end of the period.' }) lookedAfter!: number;
  @Field(() => Int) started!: number;
  @Field(() => Int) ceased!: number;
}

@ObjectType()
export class TrackerTotalsType {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => Int) children!: number;
  @Field(() => Float) weeklyCost!: number;
  @Field(() => Float) costToDate!: number;
  @Field(() => Float) projectedCostTo18!: number;
  @Field(() => Int) alerts!: number;
}

@ObjectType()
export class TrackerPageType {
  @Field(() => [TrackerRowType]) rows!: TrackerRowType[];
  @Field(() => Int) totalCount!: number;
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field(() => [TrackerTotalsType], { description: 'Totals per group when groupBy is given.' }) groups!: TrackerTotalsType[];
  @Field(() => TrackerTotalsType) totals!: TrackerTotalsType;
  @Field(() => TrackerChartsType) charts!: TrackerChartsType;
  @Field(() => [TeamRef], { description: 'The teams of the looked-after children you reach, whatever the filter: for the team filter.' }) teams!: TeamRef[];
}

@InputType()
export class TrackerFilter {
  @IdField({ nullable: true }) teamId?: string | null;
  @Field(() => PlacementTypeEnum, { nullable: true }) @IsOptional() @IsIn(PLACEMENT_TYPES) placementType?: PlacementType | null;
  @Field(() => PlanOptionEnum, { nullable: true }) @IsOptional() @IsIn(PLAN_OPTIONS) planOption?: PlanOption | null;
  @Field(() => PlanStatusEnum, { nullable: true }) @IsOptional() @IsIn(PLAN_STATUSES) planStatus?: PlanStatus | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() inArea?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() withAlerts?: boolean | null;
}

@InputType()
export class TrackerSort {
  @Field(() => TrackerSortFieldEnum) @IsIn(TRACKER_SORT_FIELDS) field!: TrackerSortField;
  @Field({ defaultValue: false }) @IsBoolean() descending!: boolean;
}

@InputType()
export class ReportPeriodInput {
  @Field(() => LocalDate) @SensibleDate() from!: string;
  @Field(() => LocalDate) @SensibleDate() to!: string;
}

@ObjectType()
export class PlacementTypeCountType {
  @Field(() => PlacementTypeEnum, { nullable: true }) placementType!: PlacementType | null;
  @Field() label!: string;
  @Field(() => Int) children!: number;
}

@ObjectType({ description: 'Bolton 11.3: the quarterly report.' })
export class QuarterlyReportType {
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate) to!: string;
  @Field(() => Int, { description: 'Looked after at the end of the period.' }) lookedAfter!: number;
  @Field(() => Int) started!: number;
  @Field(() => Int) ceased!: number;
  @Field(() => [PlacementTypeCountType]) byPlacementType!: PlacementTypeCountType[];
  @Field(() => [TrackerRowType], { description: "Each child's plan and progress." }) children!: TrackerRowType[];
}

@ObjectType()
export class IndicatorType {
  @Field(() => IndicatorCodeEnum) code!: IndicatorCode;
  @Field() label!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int, { nullable: true }) outOf!: number | null;
  @Field(() => Int, { nullable: true }) averageDays!: number | null;
  @Field(() => [ID]) childIds!: string[];
}

@ObjectType({ description: 'One SSDA903 validation failure.' })
export class Ssda903IssueType {
  @Field({ description: 'DfE rule number, or this product’s FP- code where the DfE has none we use.' }) code!: string;
  @Field() field!: string;
  @Field() message!: string;
  @Field(() => LocalDate, { nullable: true }) date!: string | null;
}

@ObjectType()
export class Ssda903ChildIssuesType {
  @Field(() => ID) childId!: string;
  @Field() localId!: string;
  @Field(() => [Ssda903IssueType]) issues!: Ssda903IssueType[];
}

@ObjectType()
export class Ssda903ValidationType {
  @Field(() => Int) year!: number;
  @Field(() => Int) children!: number;
  @Field(() => Int) episodes!: number;
  @Field(() => [Ssda903ChildIssuesType]) failures!: Ssda903ChildIssuesType[];
  @Field(() => [String], { description: 'Download paths of the return’s CSV files.' }) files!: string[];
}
