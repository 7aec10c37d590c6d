import { mockSupportApi } from '../__testUtils__/fixtures';
import { lazySupportApi } from './lazySupportApi';

describe('lazySupportApi', () => {
  it('loads the client once, on first use, and passes calls through', async () => {
    const client = mockSupportApi({
      getQuestion: jest.fn().mockResolvedValue({ question: 'details' }),
      voteAnswer: jest.fn().mockResolvedValue({ score: 3, myVote: 1 }),
      listQuestions: jest.fn().mockResolvedValue({ items: [] }),
    });
    const load = jest.fn().mockResolvedValue(client);
    const api = lazySupportApi(load);
    expect(load).not.toHaveBeenCalled();

    await expect(api.getQuestion(7)).resolves.toEqual({ question: 'details' });
    await expect(api.voteAnswer(12, 1)).resolves.toEqual({
      score: 3,
      myVote: 1,
    });
    await api.listQuestions({ queue: 'flow' });

    expect(load).toHaveBeenCalledTimes(1);
    expect(client.voteAnswer).toHaveBeenCalledWith(12, 1);
    expect(client.listQuestions).toHaveBeenCalledWith({ queue: 'flow' });
  });

  it('passes every method of the contract through', () => {
    const api = lazySupportApi(async () => mockSupportApi());
    expect(Object.keys(api).sort()).toEqual(
      Object.keys(mockSupportApi()).sort(),
    );
  });
});
