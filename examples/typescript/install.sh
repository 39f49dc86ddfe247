# In a new project (skip the first line in yours if its package.json has "type": "module"):
npm init -y > /dev/null && npm pkg set type=module
# The SDK packed from the checkout at $ROUNDTABLE (not on the npm registry yet), and tsx to run .ts:
here=$PWD
(cd "$ROUNDTABLE/sdk-gen/typescript" && npm ci && npm pack --pack-destination "$here")
npm install ./roundtable-sdk-0.1.0.tgz tsx@4.23.15
