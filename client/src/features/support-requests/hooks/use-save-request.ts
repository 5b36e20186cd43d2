import { useMutation } from '@apollo/client/react';
import type { SupportRequestFieldsFragment, SupportRequestInput } from '../../../gql/graphql';
import {
  CreateSupportRequestMutation,
  SubmitSupportRequestMutation,
  UpdateSupportRequestMutation,
} from '../graphql/support-requests.operations';

/** Saves a request as it is written: created on the first save, replaced on every later one; then submitted. */
export function useSaveRequest() {
  const [create] = useMutation(CreateSupportRequestMutation);
  const [update] = useMutation(UpdateSupportRequestMutation);
  const [submit] = useMutation(SubmitSupportRequestMutation);
  return {
    async save(id: string | null, input: SupportRequestInput): Promise<SupportRequestFieldsFragment> {
      if (id === null) {
        const { data } = await create({ variables: { input } });
        if (!data) throw new Error('createSupportRequest returned no data');
        return data.createSupportRequest;
      }
      const { data } = await update({ variables: { id, input } });
      if (!data) throw new Error('updateSupportRequest returned no data');
      return data.updateSupportRequest;
    },
    async submit(id: string): Promise<SupportRequestFieldsFragment> {
      const { data } = await submit({ variables: { id } });
      if (!data) throw new Error('submitSupportRequest returned no data');
      return data.submitSupportRequest;
    },
  };
}
