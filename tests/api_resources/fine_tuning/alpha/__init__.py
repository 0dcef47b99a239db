# File generated from our OpenAPI spec by codegen/. Do not edit by hand.
