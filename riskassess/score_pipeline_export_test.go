package riskassess

// MergeFindings exposes mergeFindings to the external tests: the merge
// the pipeline of Assess uses to put expiry findings among the
// catalogue's (see TestAssessIsThePipeline).
var MergeFindings = mergeFindings
