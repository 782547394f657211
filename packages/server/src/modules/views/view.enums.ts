import { MOODS, VIEW_READERS, VIEW_STATUSES, VIEW_TOPICS } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';

export const ViewTopicEnum = graphqlEnum('ViewTopic', VIEW_TOPICS);
export const MoodEnum = graphqlEnum('Mood', MOODS);
export const ViewReaderEnum = graphqlEnum('ViewReader', VIEW_READERS, 'Who the child chose to read it: my worker, my IRO, my advocate.');
export const ViewStatusEnum = graphqlEnum('ViewStatus', VIEW_STATUSES);
