"""Calls every Clean Rooms operation named in args.operations with a skeleton input (client-side validation
off) and reports each answer, so the test can check the not-yet-built ones answer the documented error."""
from botocore.utils import ArgumentGenerator

from cleanroom_test import ACCOUNTS, ARGS, call, client, emit

c = client("cleanrooms", next(iter(ACCOUNTS)), validate=False)
model = c.meta.service_model
generator = ArgumentGenerator(use_member_names=True)
results = {}
python_names = {api: method for method, api in c.meta.method_to_api_mapping.items()}
for name in ARGS["operations"]:
    operation = model.operation_model(name)
    params = generator.generate_skeleton(operation.input_shape) if operation.input_shape else {}
    results[name] = call(getattr(c, python_names[name]), **params)
emit(results)
