# In a new module (skip the first line in yours); the SDK from the checkout at
# $ROUNDTABLE (not published yet), its dependencies from the module proxy:
go mod init example.com/roundtable-example
go mod edit -require=github.com/roundtable-dev/roundtable/sdk-gen/go@v0.0.0 \
  -replace=github.com/roundtable-dev/roundtable/sdk-gen/go="$ROUNDTABLE/sdk-gen/go"
go mod tidy
