import { graphql } from '../../gql';

export const HOSTS = graphql(`
  query Hosts {
    hosts {
      id
      name
      status
      os
      nginxVersion
      phpVersions
      tools
      cpuCores
      memoryMb
      diskGb
      createdAt
      lastSeenAt
    }
  }
`);

export const CREATE_HOST_ENROLLMENT = graphql(`
  mutation CreateHostEnrollment($name: String!) {
    createHostEnrollment(name: $name) {
      token
      expiresAt
    }
  }
`);

export const DISABLE_HOST = graphql(`
  mutation DisableHost($id: ID!) {
    disableHost(id: $id) {
      id
      status
    }
  }
`);
