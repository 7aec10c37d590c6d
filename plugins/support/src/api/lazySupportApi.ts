import type { SupportApi } from '@community-hub/plugin-support-common';

/**
 * A {@link SupportApi} that loads its implementation on first use, so the
 * client code stays out of the app's initial JavaScript. Every method of
 * the contract is passed through unchanged.
 */
export function lazySupportApi(load: () => Promise<SupportApi>): SupportApi {
  let client: Promise<SupportApi> | undefined;
  const api = () => {
    client ??= load();
    return client;
  };
  return {
    listQueues: async () => (await api()).listQueues(),
    getQueue: async id => (await api()).getQueue(id),
    listQuestions: async query => (await api()).listQuestions(query),
    findSimilarQuestions: async (text, queue) =>
      (await api()).findSimilarQuestions(text, queue),
    createQuestion: async question => (await api()).createQuestion(question),
    getQuestion: async id => (await api()).getQuestion(id),
    editQuestion: async (id, edit) => (await api()).editQuestion(id, edit),
    listQuestionRevisions: async id => (await api()).listQuestionRevisions(id),
    addAnswer: async (questionId, answer) =>
      (await api()).addAnswer(questionId, answer),
    editAnswer: async (answerId, body) =>
      (await api()).editAnswer(answerId, body),
    listAnswerRevisions: async answerId =>
      (await api()).listAnswerRevisions(answerId),
    voteQuestion: async (id, value) => (await api()).voteQuestion(id, value),
    voteAnswer: async (answerId, value) =>
      (await api()).voteAnswer(answerId, value),
    acceptAnswer: async (questionId, answerId) =>
      (await api()).acceptAnswer(questionId, answerId),
    changeStatus: async (questionId, change) =>
      (await api()).changeStatus(questionId, change),
    assign: async (questionId, assigneeRef) =>
      (await api()).assign(questionId, assigneeRef),
    setPriority: async (questionId, priority) =>
      (await api()).setPriority(questionId, priority),
    moveQuestion: async (questionId, queueId) =>
      (await api()).moveQuestion(questionId, queueId),
    promoteToFaq: async (questionId, answerId, title) =>
      (await api()).promoteToFaq(questionId, answerId, title),
    listFaq: async query => (await api()).listFaq(query),
    getFaqEntry: async id => (await api()).getFaqEntry(id),
    deleteFaqEntry: async id => (await api()).deleteFaqEntry(id),
    getMetrics: async (window, scope) =>
      (await api()).getMetrics(window, scope),
    getQueueMetrics: async window => (await api()).getQueueMetrics(window),
    getMetricDefinitions: async () => (await api()).getMetricDefinitions(),
  };
}
