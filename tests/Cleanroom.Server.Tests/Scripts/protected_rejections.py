"""Each query of a rejection case through boto3 as B. args: {"membership", "queries": [sql, ...]}. Prints the answers in order."""
from cleanroom_test import ARGS, call, client, emit

b = client("cleanrooms", "B")
emit({"answers": [call(b.start_protected_query, type="SQL", membershipIdentifier=ARGS["membership"], sqlParameters={"queryString": sql})
                  for sql in ARGS["queries"]]})
