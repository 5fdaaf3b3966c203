import { Testing } from "cdktf";
// Declares the matcher types (toHaveResourceWithProperties, ...) for the type check.
import "cdktf/lib/testing/adapters/jest";

Testing.setupJest();
