// The four live streams the feed shows; each asks for just what its one-line summary needs.
import { graphql } from '../gql/index.ts';

export const PageFaultsFeed = graphql(`
  subscription PageFaultsFeed {
    pageFaults {
      groupId
      faults { address pasid permissions }
      device { device { bdf host { name } } }
    }
  }
`);

export const InvalidationsFeed = graphql(`
  subscription InvalidationsFeed {
    invalidations {
      scope
      pasid
      virtId
      range { start last }
      device { bdf }
      host { name }
      target { type objectId }
    }
  }
`);

export const VeventsFeed = graphql(`
  subscription VeventsFeed {
    vevents {
      sequence
      lostEvents
      virtId
      veventq {
        objectId
        viommu { iommu { host { name } } vdevices { virtId device { device { bdf } } } }
      }
    }
  }
`);

export const ObjectEventsFeed = graphql(`
  subscription ObjectEventsFeed {
    objectEvents {
      kind
      typename
      host { name }
      node {
        __typename
        ... on Host { name }
        ... on Device { bdf }
        ... on BoundDevice { device { bdf } }
        ... on IommufdObject { objectId }
      }
    }
  }
`);
