#!/usr/bin/env bash
# The site job's publish step in AWS (CodeBuild; see infra/README.md): publishes what changed in the public
# export since the last build or publish with `npm run site:publish`, from the publisher's state kept in the
# state bucket, and uploads only the files that changed. Exit code 0: published. Any other: the job makes a
# whole build instead (3: the publisher asks for one; anything else: something failed, and a whole build is
# always right).
#   STATE_DIR (the state, downloaded from and uploaded to s3://$STATE_BUCKET/publisher/), SITE_BUCKET,
#   DISTRIBUTION_ID, TABLE_NAME, UTP_EXPORT_URL, UTP_SITE_URL.
set -euo pipefail
out=site/changed
rm -rf "$out"
npm run -s site:publish -- --state "$STATE_DIR/state.json" --out "$out"
# A trial taken away by a redaction gets the "Siden er fjernet" page instead of its old one (scripts/gone-pages.ts).
grep -o '^utproving/[^/]*/' "$out/.publish/removed.txt" > "$STATE_DIR/removed-trials.txt" || true
npx tsx scripts/gone-pages.ts --deployed "$STATE_DIR/removed-trials.txt" --out "$out" --list "$STATE_DIR/gone-trials.txt"
while read -r key; do
  [ -z "$key" ] || [ -e "$out/$key" ] || aws s3 rm "s3://$SITE_BUCKET/$key" --only-show-errors
done < "$out/.publish/removed.txt"
aws s3 cp "$out" "s3://$SITE_BUCKET" --recursive --exclude ".publish/*" --only-show-errors --cache-control "public, max-age=300, s-maxage=86400"
# One wildcard path (a publish changes pages all over the site: lists, counts, feeds): the first 1,000 paths a
# month are free, each further one is billed, so a path per file would cost more than the whole job.
aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/*" > /dev/null
while read -r slug; do
  aws s3api list-object-versions --bucket "$SITE_BUCKET" --prefix "utproving/$slug/" --query "Versions[?!IsLatest].[Key,VersionId]" --output text | while read -r key version; do
    [ "$key" = None ] || aws s3api delete-object --bucket "$SITE_BUCKET" --key "$key" --version-id "$version" > /dev/null
  done
done < "$STATE_DIR/gone-trials.txt"
aws s3 cp "$STATE_DIR/state.json" "s3://$STATE_BUCKET/publisher/state.json" --only-show-errors
aws s3 sync "$STATE_DIR/renderer" "s3://$STATE_BUCKET/publisher/renderer" --delete --only-show-errors
