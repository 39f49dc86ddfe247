# Into ~/.m2, from the checkout at $ROUNDTABLE (not on Maven Central yet);
# then depend on dev.roundtable:roundtable-sdk:0.1.0 as in the pom.xml below.
(cd "$ROUNDTABLE/sdk-gen/java" && mvn -B -q install -DskipTests)
